package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.position.StoredPosition;
import org.parley.position.StoredPosition.StoredCitation;

/**
 * The {@link IndexFields#STORED} values of the index's entries: a position as stored, or a document's reference, in
 * Lucene's own compact encoding (variable-length numbers, UTF-8 strings). JSON cost a search of 50 positions
 * three quarters of a megabyte of garbage, most of it parsing instants; this reads each field once, in place.
 * {@link SearchIndex#FORMAT} changes with it.
 */
final class StoredValues {

    private StoredValues() {
    }

    static BytesRef of(StoredPosition p) {
        return write(out -> {
            out.writeString(p.id());
            out.writeString(p.kind());
            out.writeString(p.summary());
            out.writeZLong(p.statedOn().toEpochDay());
            out.writeVLong(p.version());
            instant(out, p.createdAt());
            instant(out, p.updatedAt());
            out.writeString(p.party());
            out.writeString(p.topic());
            optional(out, p.speaker());
            optional(out, p.respondsTo());
            out.writeVInt(p.citations().size());
            for (StoredCitation c : p.citations()) {
                out.writeVLong(c.id());
                out.writeString(c.document());
                out.writeString(c.quote());
                out.writeVInt(c.start());
                out.writeVInt(c.end());
                out.writeString(c.prefix());
                out.writeString(c.suffix());
                out.writeVInt(c.revision());
                out.writeString(c.anchorStatus());
                out.writeLong(Double.doubleToLongBits(c.anchorScore()));
                optional(out, c.previousQuote());
                if (c.previousQuote() != null) {
                    out.writeVInt(c.previousStart());
                    out.writeVInt(c.previousEnd());
                }
            }
        });
    }

    static StoredPosition position(BytesRef bytes) {
        return read(bytes, StoredValues::position);
    }

    private static StoredPosition position(ByteArrayDataInput in) throws IOException {
        String id = in.readString();
        String kind = in.readString();
        String summary = in.readString();
        LocalDate statedOn = LocalDate.ofEpochDay(in.readZLong());
        long version = in.readVLong();
        Instant createdAt = instant(in);
        Instant updatedAt = instant(in);
        String party = in.readString();
        String topic = in.readString();
        String speaker = optional(in);
        String respondsTo = optional(in);
        int count = in.readVInt();
        List<StoredCitation> citations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long citation = in.readVLong();
            String document = in.readString();
            String quote = in.readString();
            int start = in.readVInt();
            int end = in.readVInt();
            String prefix = in.readString();
            String suffix = in.readString();
            int revision = in.readVInt();
            String status = in.readString();
            double score = Double.longBitsToDouble(in.readLong());
            String previousQuote = optional(in);
            Integer previousStart = previousQuote == null ? null : in.readVInt();
            Integer previousEnd = previousQuote == null ? null : in.readVInt();
            citations.add(new StoredCitation(citation, document, quote, start, end, prefix, suffix, revision, status,
                    score, previousStart, previousEnd, previousQuote));
        }
        return new StoredPosition(id, kind, summary, statedOn, version, createdAt, updatedAt, party, topic, speaker,
                respondsTo, citations);
    }

    static BytesRef of(DocumentRef d) {
        return write(out -> {
            out.writeString(d.id());
            out.writeString(d.title());
            optional(out, d.outlet());
            optional(out, d.url());
            out.writeByte((byte) (d.publishedOn() == null ? 0 : 1));
            if (d.publishedOn() != null) {
                out.writeZLong(d.publishedOn().toEpochDay());
            }
        });
    }

    static DocumentRef document(BytesRef bytes) {
        return read(bytes, StoredValues::document);
    }

    private static DocumentRef document(ByteArrayDataInput in) throws IOException {
        String id = in.readString();
        String title = in.readString();
        String outlet = optional(in);
        String url = optional(in);
        LocalDate publishedOn = in.readByte() == 0 ? null : LocalDate.ofEpochDay(in.readZLong());
        return new DocumentRef(id, title, outlet, url, publishedOn);
    }

    /** The values of these entries (index-wide doc ids), by doc id; an entry without one is left out. */
    static <T> Map<Integer, T> read(IndexSearcher searcher, int[] docs, Function<BytesRef, T> decode) {
        int[] sorted = docs.clone();
        Arrays.sort(sorted); // doc values are read forwards within each segment
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, T> values = new HashMap<>();
        try {
            LeafReaderContext leaf = null;
            BinaryDocValues stored = null;
            for (int doc : sorted) {
                if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                    leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    stored = leaf.reader().getBinaryDocValues(IndexFields.STORED);
                }
                if (stored != null && stored.advanceExact(doc - leaf.docBase)) {
                    values.put(doc, decode.apply(stored.binaryValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private interface Writing {
        void to(ByteBuffersDataOutput out) throws IOException;
    }

    private interface Reading<T> {
        T from(ByteArrayDataInput in) throws IOException;
    }

    private static <T> T read(BytesRef bytes, Reading<T> reading) {
        try {
            return reading.from(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BytesRef write(Writing writing) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static void instant(ByteBuffersDataOutput out, Instant instant) throws IOException {
        out.writeZLong(instant.getEpochSecond());
        out.writeVInt(instant.getNano());
    }

    private static Instant instant(ByteArrayDataInput in) throws IOException {
        return Instant.ofEpochSecond(in.readZLong(), in.readVInt());
    }

    private static void optional(ByteBuffersDataOutput out, String value) {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String optional(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}

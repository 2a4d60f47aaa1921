package org.parley.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.position.StoredPosition;
import org.parley.search.IndexRows.DocumentRow;

/**
 * The entries of the index: one per position (its summary and quotes, every field the position lists filter and
 * sort on, so that a search with filters is answered by the index alone, and the position as stored, so that its
 * page is rendered from the index too) and one per document (its text, with offsets so that matches can be cited,
 * and the fields document search filters on).
 */
final class IndexFields {

    static final String TYPE = "type";
    static final String POSITION = "position";
    static final String DOCUMENT = "document";
    /** The entry's key: {@code position:<id>} or {@code document:<id>}. */
    static final String KEY = "key";
    static final String ID = "id";
    static final String VERSION = "version";
    static final String PARTY = "party";
    static final String TOPIC = "topic";
    static final String KIND = "kind";
    static final String SPEAKER = "speaker";
    static final String RESPONDS_TO = "respondsTo";
    static final String IS_RESPONSE = "isResponse";
    static final String CITES = "cites";
    static final String STATED_ON = "statedOn";
    static final String OUTLET = "outlet";
    static final String PUBLISHED = "published";
    static final String BODY = "body";
    /**
     * A position's own fields and citations, or a document's reference (title, outlet, URL, date), from which a page
     * of hits is rendered without the database. Doc values, not a stored field: they are read in place, where a
     * stored field decompresses a block of its neighbours for every hit (a tenth of a search's time).
     */
    static final String STORED = "stored";

    /** Words with their offsets in the text, so that a match can be turned into a citable span. */
    private static final FieldType WITH_OFFSETS = new FieldType();

    static {
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.setTokenized(true);
        WITH_OFFSETS.freeze();
    }

    private IndexFields() {
    }

    static Term key(String type, String id) {
        return new Term(KEY, type + ":" + id);
    }

    static Document of(StoredPosition p) {
        Document d = entry(POSITION, p.id(), p.version());
        keyword(d, PARTY, p.party(), true);
        keyword(d, TOPIC, p.topic(), true);
        keyword(d, KIND, p.kind(), true);
        keyword(d, SPEAKER, p.speaker(), false);
        keyword(d, RESPONDS_TO, p.respondsTo(), false);
        if (p.respondsTo() != null) {
            d.add(new StringField(IS_RESPONSE, "true", Field.Store.NO));
        }
        p.documents().forEach(id -> keyword(d, CITES, id, false));
        long day = p.statedOn().toEpochDay();
        d.add(new LongPoint(STATED_ON, day));
        d.add(new NumericDocValuesField(STATED_ON, day));
        text(d, p.summary());
        p.quotes().forEach(q -> text(d, q));
        d.add(new BinaryDocValuesField(STORED, StoredValues.of(p)));
        return d;
    }

    static Document of(DocumentRow r) {
        Document d = entry(DOCUMENT, r.id(), r.version());
        keyword(d, OUTLET, r.outlet(), false);
        if (r.publishedOn() != null) {
            d.add(new LongPoint(PUBLISHED, r.publishedOn().toEpochDay()));
        }
        text(d, r.text());
        d.add(new StoredField(BODY, r.text()));
        d.add(new BinaryDocValuesField(STORED,
                StoredValues.of(new DocumentRef(r.id(), r.title(), r.outlet(), r.url(), r.publishedOn()))));
        return d;
    }

    private static Document entry(String type, String id, long version) {
        Document d = new Document();
        d.add(new StringField(TYPE, type, Field.Store.NO));
        d.add(new StringField(KEY, type + ":" + id, Field.Store.NO));
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(id)));
        d.add(new NumericDocValuesField(VERSION, version));
        d.add(new StoredField(VERSION, version));
        return d;
    }

    /** The text twice: stemmed for words and phrases, as written for prefixes; the offsets of both agree. */
    private static void text(Document d, String text) {
        d.add(new Field(TextAnalysis.TEXT, text, WITH_OFFSETS));
        d.add(new Field(TextAnalysis.WORDS, text, WITH_OFFSETS));
    }

    private static void keyword(Document d, String name, String value, boolean counted) {
        if (value == null) {
            return;
        }
        d.add(new StringField(name, value, Field.Store.NO));
        if (counted) {
            d.add(new SortedSetDocValuesField(name, new BytesRef(value)));
        }
    }
}

package org.parley.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.seed.Catalogue.DocumentEntry;

/** Reads the catalogue and its documents' texts, from a folder or from the seeds packaged with the service. */
public final class SeedSource {

    public static final String CATALOGUE = "catalogue.yaml";
    private static final String PACKAGED = "seeds/";

    private final Path folder;

    private SeedSource(Path folder) {
        this.folder = folder;
    }

    public static SeedSource of(Optional<Path> folder) {
        return new SeedSource(folder.orElse(null));
    }

    public String describe() {
        return folder == null ? "packaged seeds" : folder.toAbsolutePath().toString();
    }

    public Catalogue catalogue() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = open(CATALOGUE)) {
            return yaml.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new SeedException(List.of("Cannot read " + CATALOGUE + " from " + describe() + ": "
                    + e.getMessage()));
        }
    }

    /** Each document's text by id, decoded strictly as UTF-8, byte for byte as stored. */
    public Map<String, String> texts(Catalogue catalogue) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (DocumentEntry document : catalogue.documents()) {
            String file = document.id() + ".txt";
            try (InputStream in = open(file)) {
                texts.put(document.id(), StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(in.readAllBytes())).toString());
            } catch (CharacterCodingException e) {
                throw new SeedException(List.of("Document '" + document.id() + "': " + file + " is not valid UTF-8."));
            } catch (IOException | UncheckedIOException e) {
                throw new SeedException(List.of("Document '" + document.id() + "': cannot read " + file + " from "
                        + describe() + "."));
            }
        }
        return texts;
    }

    private InputStream open(String name) throws IOException {
        if (folder != null) {
            return Files.newInputStream(folder.resolve(name));
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PACKAGED + name);
        if (in == null) {
            throw new IOException("not found");
        }
        return in;
    }
}

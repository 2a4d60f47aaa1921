package org.parley.annotation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/** W3C Web Annotation Data Model shapes (https://www.w3.org/TR/annotation-model/), as JSON-LD. */
public final class AnnotationViews {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    public static final String MEDIA_TYPE = "application/ld+json;profile=\"" + CONTEXT + "\"";

    private AnnotationViews() {
    }

    @Schema(name = "WebAnnotation", description = "A citation as a W3C Web Annotation: the target is the quote's "
            + "span of the stored text (TextQuoteSelector and TextPositionSelector, offsets in code points); the "
            + "bodies describe and tag the position it supports and link to it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebAnnotation(
            @JsonProperty("@context") @Schema(description = "On a stand-alone annotation only.", examples = CONTEXT)
            String context,
            @Schema(required = true, examples = "http://localhost:8080/api/annotations/21") String id,
            @Schema(required = true, enumeration = "Annotation") String type,
            @Schema(required = true, enumeration = "describing") String motivation,
            @Schema(required = true) Instant created,
            @Schema(required = true) Instant modified,
            @Schema(required = true) List<AnnotationBody> body,
            @Schema(required = true) AnnotationTarget target) {

        WebAnnotation standalone() {
            return new WebAnnotation(CONTEXT, id, type, motivation, created, modified, body, target);
        }
    }

    @Schema(name = "AnnotationBody", description = "A TextualBody (the position's summary, describing; its kind, "
            + "party and topic, tagging), or a SpecificResource whose source is the position (linking), as the "
            + "Web Annotation model gives a body a purpose (section 4.1).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnotationBody(
            @Schema(required = true, enumeration = {"TextualBody", "SpecificResource"}) String type,
            @Schema(required = true, enumeration = {"describing", "tagging", "linking"}) String purpose,
            @Schema(description = "The text, for a TextualBody.") String value,
            @Schema(description = "text/plain, for a TextualBody.", examples = "text/plain") String format,
            @Schema(description = "The linked position, for a SpecificResource.",
                    examples = "http://localhost:8080/api/positions/ru-demand-nato-non-expansion") String source) {

        static AnnotationBody text(String purpose, String value) {
            return new AnnotationBody("TextualBody", purpose, value, "text/plain", null);
        }

        static AnnotationBody linking(String source) {
            return new AnnotationBody("SpecificResource", "linking", null, null, source);
        }
    }

    @Schema(name = "AnnotationTarget", description = "The span of the stored text the citation quotes.")
    public record AnnotationTarget(
            @Schema(required = true, enumeration = "SpecificResource") String type,
            @Schema(required = true) TextSource source,
            @Schema(required = true, description = "A TextQuoteSelector and a TextPositionSelector.")
            List<Selector> selector) {
    }

    @Schema(name = "TextSource", description = "A document's stored text, which the offsets count into: the "
            + "current revision, or for a citation a revision orphaned, the revision it was made on (?revision=N).")
    public record TextSource(
            @Schema(required = true, examples = "http://localhost:8080/api/documents/001_949e2e32b0da38f4/text")
            String id,
            @Schema(required = true, enumeration = "Text") String type,
            @Schema(required = true, enumeration = "text/plain") String format,
            @Schema(required = true, description = "The document's title.",
                    examples = "U.S. Open To Discussing Missiles") String label) {
    }

    /**
     * Published as a base schema with a discriminator on {@code type}, which both selectors extend (and so their
     * own {@code type} is left out of their schemas): generated clients read each selector as its own type instead
     * of wrapping it in a one-of holder.
     */
    @Schema(name = "Selector", description = "A TextQuoteSelector or a TextPositionSelector, told apart by type.",
            discriminatorProperty = "type", discriminatorMapping = {
                    @DiscriminatorMapping(value = "TextQuoteSelector", schema = TextQuoteSelector.class),
                    @DiscriminatorMapping(value = "TextPositionSelector", schema = TextPositionSelector.class)},
            requiredProperties = "type",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING))
    public sealed interface Selector permits TextQuoteSelector, TextPositionSelector {
    }

    @Schema(name = "TextQuoteSelector", allOf = Selector.class)
    public record TextQuoteSelector(
            @Schema(hidden = true) String type,
            @Schema(required = true) String exact,
            @Schema(required = true, description = "Up to 32 code points before the quote.") String prefix,
            @Schema(required = true, description = "Up to 32 code points after the quote.") String suffix)
            implements Selector {
    }

    @Schema(name = "TextPositionSelector", allOf = Selector.class)
    public record TextPositionSelector(
            @Schema(hidden = true) String type,
            @Schema(required = true, description = "Start, in code points, inclusive.") int start,
            @Schema(required = true, description = "End, in code points, exclusive.") int end)
            implements Selector {
    }

    @Schema(name = "AnnotationPage", description = "One page of an AnnotationCollection (W3C Web Annotation "
            + "Protocol): citations in the order of their positions (statement date, id), then within a position.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnotationPage(
            @JsonProperty("@context") @Schema(required = true, examples = CONTEXT) String context,
            @Schema(required = true, description = "This page.") String id,
            @Schema(required = true, enumeration = "AnnotationPage") String type,
            @Schema(required = true) AnnotationCollectionRef partOf,
            @Schema(required = true, description = "The index of this page's first item in the collection, from 0.")
            long startIndex,
            @Schema(description = "The next page, if any.") String next,
            @Schema(description = "The previous page, if any.") String prev,
            @Schema(required = true) List<WebAnnotation> items) {
    }

    @Schema(name = "AnnotationCollection", description = "The collection a page belongs to: every citation of "
            + "the positions the filter selects.")
    public record AnnotationCollectionRef(
            @Schema(required = true) String id,
            @Schema(required = true, enumeration = "AnnotationCollection") String type,
            @Schema(required = true) String label,
            @Schema(required = true, description = "How many annotations the collection holds.") long total,
            @Schema(required = true) String first,
            @Schema(required = true) String last) {
    }
}

package org.parley.annotation;

import java.util.List;
import org.parley.annotation.AnnotationQueries.Cited;
import org.parley.annotation.AnnotationViews.AnnotationBody;
import org.parley.annotation.AnnotationViews.AnnotationTarget;
import org.parley.annotation.AnnotationViews.TextPositionSelector;
import org.parley.annotation.AnnotationViews.TextQuoteSelector;
import org.parley.annotation.AnnotationViews.TextSource;
import org.parley.annotation.AnnotationViews.WebAnnotation;
import org.parley.citation.CitationView;
import org.parley.document.AnchorStatus;
import org.parley.document.DocumentViews;
import org.parley.position.PositionViews.PositionView;

/** Makes a citation a Web Annotation. Annotations name everything by absolute IRI, so {@code base} is needed. */
final class Annotations {

    private Annotations() {
    }

    static String iri(String base, long citationId) {
        return base + "/api/annotations/" + citationId;
    }

    static WebAnnotation of(Cited cited, String base) {
        PositionView p = cited.position();
        CitationView c = cited.citation();
        List<AnnotationBody> body = List.of(
                AnnotationBody.text("describing", p.summary()),
                AnnotationBody.text("tagging", p.kind().name()),
                AnnotationBody.text("tagging", p.party().name()),
                AnnotationBody.text("tagging", p.topic().name()),
                AnnotationBody.linking(base + "/api/positions/" + p.id()));
        AnnotationTarget target = new AnnotationTarget("SpecificResource",
                new TextSource(base + source(c), "Text", "text/plain",
                        c.document().title()),
                List.of(new TextQuoteSelector("TextQuoteSelector", c.quote(), c.prefix(), c.suffix()),
                        new TextPositionSelector("TextPositionSelector", c.start(), c.end())));
        return new WebAnnotation(null, iri(base, c.id()), "Annotation", "describing", p.createdAt(), p.updatedAt(),
                body, target);
    }

    /** The text the selectors count in: an ORPHANED citation's is the revision it was made on. */
    private static String source(CitationView c) {
        return c.anchor().status() == AnchorStatus.ORPHANED
                ? DocumentViews.textUrl(c.document().id(), c.anchor().revision())
                : DocumentViews.textUrl(c.document().id());
    }

}

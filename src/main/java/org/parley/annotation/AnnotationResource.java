package org.parley.annotation;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.annotation.AnnotationQueries.Cited;
import org.parley.annotation.AnnotationViews.AnnotationCollectionRef;
import org.parley.annotation.AnnotationViews.AnnotationPage;
import org.parley.annotation.AnnotationViews.WebAnnotation;
import org.parley.api.Page;
import org.parley.api.PageLinks;
import org.parley.api.PageParams;
import org.parley.api.PublicUrl;
import org.parley.position.PositionFilterParams;

@Path("/api/annotations")
@Tag(name = "Annotations")
@Produces({AnnotationViews.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class AnnotationResource {

    private final AnnotationQueries annotations;
    private final PublicUrl publicUrl;

    public AnnotationResource(AnnotationQueries annotations, PublicUrl publicUrl) {
        this.annotations = annotations;
        this.publicUrl = publicUrl;
    }

    @GET
    @Operation(operationId = "listAnnotations", summary = "List citations as W3C Web Annotations",
            description = "An AnnotationPage of the collection of citations of the positions that the filters of "
                    + "GET /api/positions select, in JSON-LD (application/ld+json with the anno.jsonld profile). "
                    + "With document, only the citations of that document. page and size count annotations.")
    public RestResponse<AnnotationPage> listAnnotations(@BeanParam PositionFilterParams filter,
            @BeanParam PageParams paging, UriInfo uri) {
        Page<Cited> page = annotations.search(filter.toFilter(), paging.toRequest());
        String base = publicUrl.base(uri);
        UriBuilder collection = UriBuilder.fromUri(publicUrl.requestUri(uri)).replaceQueryParam("page")
                .replaceQueryParam("size");
        String size = String.valueOf(page.size());
        AnnotationCollectionRef partOf = new AnnotationCollectionRef(collection.build().toString(),
                "AnnotationCollection", "Parley citations", page.totalItems(), pageIri(collection, 1, size),
                pageIri(collection, page.totalPages(), size));
        AnnotationPage body = new AnnotationPage(AnnotationViews.CONTEXT, pageIri(collection, page.page(), size),
                "AnnotationPage", partOf, (long) (page.page() - 1) * page.size(),
                page.page() < page.totalPages() ? pageIri(collection, page.page() + 1, size) : null,
                page.page() > 1 ? pageIri(collection, Math.min(page.page() - 1, page.totalPages()), size) : null,
                page.items().stream().map(c -> Annotations.of(c, base)).toList());
        return PageLinks.ok(body, page, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAnnotation", summary = "Get one citation as a W3C Web Annotation")
    public RestResponse<WebAnnotation> getAnnotation(
            @RestPath @Parameter(description = "Citation id.", example = "1") String id, UriInfo uri) {
        return RestResponse.ok(Annotations.of(annotations.get(id), publicUrl.base(uri)).standalone());
    }

    private static String pageIri(UriBuilder collection, int page, String size) {
        return collection.clone().queryParam("page", page).queryParam("size", size).build().toString();
    }
}

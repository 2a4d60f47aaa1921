package org.parley.annotation;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Content negotiation keeps only the type and subtype it chose; a Web Annotation client looks for the profile
 * parameter too (W3C Web Annotation Protocol, section 4), so JSON-LD responses get it back.
 */
public class AnnotationProfile {

    private static final MediaType JSON_LD = MediaType.valueOf("application/ld+json");

    @ServerResponseFilter
    public void addProfile(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && JSON_LD.isCompatible(type)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, AnnotationViews.MEDIA_TYPE);
        }
    }
}

package org.parley.api;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Holds every body to {@link BodyLimits}' limit as it is read, whether or not it said its length: a chunked body
 * is read up to the limit and no further, and refused with 413.
 */
@Provider
public class StreamedBodyLimit implements ReaderInterceptor {

    private final Instance<HttpConfig> config;
    private final UriInfo uri;
    private final CurrentVertxRequest current;
    private volatile BodyLimits limits;

    /** Interceptors are made before the runtime configuration is read: the limits are looked up at first use. */
    public StreamedBodyLimit(Instance<HttpConfig> config, UriInfo uri, CurrentVertxRequest current) {
        this.config = config;
        this.uri = uri;
        this.current = current;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        BodyLimits limits = limits();
        long limit = limits.limitFor(uri.getPath());
        Capped body = new Capped(context.getInputStream(), limit);
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (!body.exceeded) {
                throw e;
            }
            throw limits.unread("The request body has more than " + limit + " bytes, the limit here.");
        }
    }

    private BodyLimits limits() {
        if (limits == null) {
            limits = new BodyLimits(config.get(), current);
        }
        return limits;
    }

    /** Fails the read that would pass the limit, before handing on any byte past it. */
    static final class Capped extends FilterInputStream {

        private final long limit;
        private long read;
        boolean exceeded;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new IOException("The body passed its limit of " + limit + " bytes.");
            }
        }

        /** The rest of a body over the limit is never read, not even to close the stream. */
        @Override
        public void close() throws IOException {
            if (!exceeded) {
                super.close();
            }
        }
    }
}

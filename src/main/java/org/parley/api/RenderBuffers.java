package org.parley.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reusable buffers that a read's body is written into before it is tagged and compressed. A matrix is about a
 * megabyte of JSON; written into new arrays (the serialiser's growing blocks, then the whole body once more) it was
 * the larger part of what each render allocated. With the Dockerfile's small heap, those arrays, still alive at a
 * young collection while other reads rendered, were promoted and brought on full collections.
 */
@ApplicationScoped
public class RenderBuffers {

    /** A buffer that grew beyond this is dropped, not kept: a rare large body should not stay in the heap. */
    static final int LARGEST_KEPT = 2 << 20;
    private static final int INITIAL = 16 * 1024;

    private final BlockingQueue<Buffer> idle = new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

    /** A buffer for one render, empty; {@link #give} it back once its bytes have been copied out. */
    public Buffer take() {
        Buffer buffer = idle.poll();
        return buffer != null ? buffer : new Buffer();
    }

    /** A buffer over bytes a resource rendered itself; it is never kept, and its copy is those bytes. */
    public Buffer wrap(byte[] rendered) {
        return new Buffer(rendered);
    }

    public void give(Buffer buffer) {
        if (!buffer.wrapped && buffer.capacity() <= LARGEST_KEPT) {
            buffer.reset();
            idle.offer(buffer);
        }
    }

    /** The bytes written so far are {@code array()[0, length())}; a taken buffer's array is reused once given back. */
    public static final class Buffer extends ByteArrayOutputStream {

        private final boolean wrapped;

        Buffer() {
            super(INITIAL);
            wrapped = false;
        }

        private Buffer(byte[] rendered) {
            super(0);
            buf = rendered;
            count = rendered.length;
            wrapped = true;
        }

        public byte[] array() {
            return buf;
        }

        public int length() {
            return count;
        }

        /** The bytes written, in an array that outlives the buffer. */
        public byte[] copy() {
            return wrapped ? buf : Arrays.copyOf(buf, count);
        }

        int capacity() {
            return buf.length;
        }
    }
}

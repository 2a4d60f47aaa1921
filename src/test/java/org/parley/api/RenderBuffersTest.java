package org.parley.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RenderBuffersTest {

    private final RenderBuffers buffers = new RenderBuffers();

    @Test
    void aBufferGivenBackIsTakenAgainEmptyAndItsCopiesStayAsTheyWere() {
        RenderBuffers.Buffer first = buffers.take();
        first.writeBytes("{\"cells\":[1,2,3]}".getBytes());
        byte[] copy = first.copy();
        buffers.give(first);

        RenderBuffers.Buffer again = buffers.take();
        assertSame(first, again);
        assertEquals(0, again.length());
        again.writeBytes("overwritten".getBytes());
        assertArrayEquals("{\"cells\":[1,2,3]}".getBytes(), copy);
    }

    @Test
    void aBufferThatGrewPastTheLimitIsNotKept() {
        RenderBuffers.Buffer large = buffers.take();
        large.writeBytes(new byte[RenderBuffers.LARGEST_KEPT + 1]);
        buffers.give(large);
        assertNotSame(large, buffers.take());
    }

    @Test
    void aWrappedBodyIsItsOwnCopyAndIsNeverHandedOutAgain() {
        byte[] rendered = "<p>kept by its resource</p>".getBytes();
        RenderBuffers.Buffer wrapped = buffers.wrap(rendered);
        assertSame(rendered, wrapped.copy());
        assertEquals(rendered.length, wrapped.length());
        buffers.give(wrapped);
        RenderBuffers.Buffer next = buffers.take();
        assertNotSame(wrapped, next);
        next.writeBytes("overwritten".getBytes());
        assertArrayEquals("<p>kept by its resource</p>".getBytes(), rendered);
    }

    @Test
    void buffersInUseAreNeverHandedOutTwice() {
        RenderBuffers.Buffer one = buffers.take();
        RenderBuffers.Buffer two = buffers.take();
        assertNotSame(one, two);
    }
}

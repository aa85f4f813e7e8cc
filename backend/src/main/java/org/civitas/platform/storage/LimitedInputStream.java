package org.civitas.platform.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Counts bytes as they are read and refuses the upload the moment it passes the limit. */
public final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final Supplier<? extends RuntimeException> tooLarge;
    private long count;

    public LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
        super(in);
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge.get();
        }
    }
}

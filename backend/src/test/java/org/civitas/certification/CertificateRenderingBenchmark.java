package org.civitas.certification;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One certificate PDF (targets: warm, one thread, median at most 5 ms and p99 at most 15 ms; the
 * first after start at most 1 s): a fresh renderer's first certificate, then 1,000 after 200 to
 * warm up, unsigned and signed (RSA 2048) on one thread, and signed throughput on two threads.
 * Prints the figures; asserts only that the output is sane. Run with make bench.
 */
@Tag("benchmark")
class CertificateRenderingBenchmark {
    private static final int WARM_UP = 200;
    private static final int RUNS = 1_000;

    @Test
    void oneCertificate() throws Exception {
        CertificateContent content = CertificateSamples.typical();
        long began = System.nanoTime();
        CertificateRenderer renderer = new CertificateRenderer();
        byte[] first = renderer.render(content);
        double firstMs = (System.nanoTime() - began) / 1e6;
        CertificateSigner.KeySource key = CertificateSigner.KeySource.generate();
        CertificateSigner signer = new CertificateSigner(key.key(), key.chain(), true);
        long signBegan = System.nanoTime();
        byte[] firstSigned = signer.sign(first);
        double firstSignMs = (System.nanoTime() - signBegan) / 1e6;

        for (int i = 0; i < WARM_UP; i++) {
            signer.sign(renderer.render(content));
        }
        List<Long> unsigned = new ArrayList<>();
        List<Long> signed = new ArrayList<>();
        List<Long> signing = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            byte[] pdf = renderer.render(content);
            long t1 = System.nanoTime();
            signer.sign(pdf);
            long t2 = System.nanoTime();
            unsigned.add(t1 - t0);
            signing.add(t2 - t1);
            signed.add(t2 - t0);
        }

        int threads = 2;
        int perThread = 1_000;
        AtomicInteger done = new AtomicInteger();
        long poolBegan = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> all = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                all.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        signer.sign(renderer.render(content));
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - poolBegan) / 1e9;

        byte[] cyrillicOnly = renderer.render(CertificateSamples.content("Шевченко Олександра Іванівна", "Програма", CertificateDesign.standard()));
        System.out.printf("%nCERTIFICATE BENCHMARK: first after a fresh renderer %.0f ms (+ first signature %.0f ms); "
                        + "warm, one thread, %d certificates: unsigned median %.2f ms, p99 %.2f ms; signed median %.2f ms, p99 %.2f ms "
                        + "(signing alone median %.2f ms); %d threads: %.0f signed certificates/s; size %d KB unsigned, %d KB signed "
                        + "(%d KB without logos)%n%n",
                firstMs, firstSignMs, RUNS, at(unsigned, 0.5), at(unsigned, 0.99), at(signed, 0.5), at(signed, 0.99),
                at(signing, 0.5), threads, done.get() / seconds, first.length / 1024, firstSigned.length / 1024,
                cyrillicOnly.length / 1024);
        assertTrue(first.length > 1000 && firstSigned.length > first.length);
    }

    private static double at(List<Long> values, double share) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1)) / 1e6;
    }
}

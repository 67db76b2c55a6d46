package io.casehall.support;

import java.util.concurrent.atomic.AtomicLong;

/** Unique phone numbers, e-mail addresses and student numbers for tests sharing one database. */
public final class UniqueData {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 100_000_000L);

    private UniqueData() {
    }

    public static String mobile() {
        return "139" + String.format("%08d", COUNTER.incrementAndGet() % 100_000_000L);
    }

    public static String email() {
        return "user" + COUNTER.incrementAndGet() + "@example.cn";
    }

    /** A ten-digit school code (院校标识码) no other test uses. */
    public static String schoolCode() {
        return "41" + String.format("%08d", COUNTER.incrementAndGet() % 100_000_000L);
    }

    public static String studentNo() {
        return "20" + String.format("%08d", COUNTER.incrementAndGet() % 100_000_000L);
    }
}

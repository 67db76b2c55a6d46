package io.casehall.shared.reference;

/** One entry of a national code list: its code and its name as the standard spells it. */
public record CodedName(String code, String name) {
}

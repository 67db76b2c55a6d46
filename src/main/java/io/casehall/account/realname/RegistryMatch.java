package io.casehall.account.realname;

/** How a request compares with the graduate registry; the DMN table decides what follows. */
record RegistryMatch(boolean recordFound, boolean nameMatches, boolean studentNoMatches, String registrySummary) {
}

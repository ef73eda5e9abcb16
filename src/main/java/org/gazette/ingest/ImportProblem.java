package org.gazette.ingest;

/** A file (or folder) that was not imported, and why, in words for the user. */
public record ImportProblem(String path, String reason) {
    @Override public String toString() { return path + ": " + reason; }
}

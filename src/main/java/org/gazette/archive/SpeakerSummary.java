package org.gazette.archive;

/** A speaker across the archive: how many quotations, in how many articles and from how many outlets. */
public record SpeakerSummary(String speaker, int quotes, int articles, int outlets) {
}

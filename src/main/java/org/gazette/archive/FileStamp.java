package org.gazette.archive;

/** Size and modification time of a source file when it was last imported. */
public record FileStamp(long size, long mtime) {
}

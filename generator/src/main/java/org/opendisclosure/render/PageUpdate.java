package org.opendisclosure.render;

/**
 * 更新于: when a page's figures last changed, and the change-log entry that changed them.
 *
 * @param date  the commit date, {@code 2024-03-01}
 * @param entry the entry's address on the change-log page, relative to the site root
 */
public record PageUpdate(String date, String entry) {
}

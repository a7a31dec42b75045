package org.opendisclosure.render;

/** One 子项目 with its amount (元, formatted) and share of the sub-projects' total. */
public record SubProjectRow(String name, String amount, String share) {
}

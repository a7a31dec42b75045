package org.opendisclosure.markup;

import java.util.regex.Pattern;

/**
 * Whether an image's address points at a file of the site itself. The site loads nothing from
 * elsewhere (no tracking of its readers, nothing that can change after publication), so an image
 * may only have a relative address: no scheme ({@code https:}, {@code data:}, {@code javascript:})
 * and no other host ({@code //host/…}, {@code \\host\…}).
 */
public final class ImageAddress {

    /** A scheme as browsers read it: letters, digits, +, - and . before the first colon, spaces around ignored. */
    private static final Pattern SCHEME = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9+.\\-]*\\s*:");

    private ImageAddress() {
    }

    public static boolean isOwnSite(String address) {
        String stripped = address.strip().replace('\\', '/');
        return !stripped.isEmpty() && !SCHEME.matcher(address).find() && !stripped.startsWith("//")
                && !stripped.chars().anyMatch(Character::isISOControl);
    }
}

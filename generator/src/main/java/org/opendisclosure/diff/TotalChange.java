package org.opendisclosure.diff;

/**
 * A total that changed (支出合计 of a year, a department, a 类 or a 款), computed by the derive
 * stage on each side, never typed.
 *
 * @param level  what is totalled
 * @param amount the total before and after; its subject names the department or the code
 */
public record TotalChange(Level level, AmountChange amount) {

    /** What a total covers. */
    public enum Level {
        YEAR("全年"), DEPARTMENT("部门"), CLASS("类"), SECTION("款");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

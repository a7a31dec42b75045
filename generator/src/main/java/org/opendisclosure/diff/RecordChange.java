package org.opendisclosure.diff;

/**
 * A project or a department budget that appeared, disappeared, or changed what identifies it to
 * readers. Records are matched by id, so a file renamed or moved with the same id is one record
 * that {@link Kind#FILE_MOVED moved}, not one removed and one added.
 *
 * @param place  year and department (the newer one when it moved)
 * @param record {@code 项目} or {@code 部门预算}
 * @param id     the record's id
 * @param name   its name (the newer one)
 * @param kind   what happened
 * @param before what it was (old name, unit, file), empty when added
 * @param after  what it is, empty when removed
 */
public record RecordChange(Place place, String record, String id, String name, Kind kind, String before,
        String after) {

    /** What happened to a record. */
    public enum Kind {
        ADDED("新增"), REMOVED("删除"), RENAMED("改名"), MOVED("改变单位"), FILE_MOVED("文件移动");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}

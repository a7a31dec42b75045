package org.opendisclosure.model;

/** 项目负责人、联系人、联系电话 of a 2019 form; each may be null. */
public record Contact(String manager, String person, String phone) {
    public boolean isEmpty() {
        return manager == null && person == null && phone == null;
    }
}

package io.casehall.qualification.portal;

import java.io.Serializable;

/** Step 1, 信息统计: 学院, 姓名, 学号 (10 digits), 联系电话, and the code sent to the phone on record. */
public class BindingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String college;
    private String name;
    private String studentNo;
    private String phone;
    private String code;

    public String getCollege() {
        return college;
    }

    public void setCollege(String college) {
        this.college = college;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStudentNo() {
        return studentNo;
    }

    public void setStudentNo(String studentNo) {
        this.studentNo = studentNo;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

package io.casehall.archive;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the applicant fills in (申请信息): stage details, ticked items with copies and scans, delivery.
 * Bound by the portal form; kept as typed when the form comes back with messages.
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ArchiveServiceType service;
    private StudyStage stage;
    /** Generated when the form is first shown: a double submit of the same form creates one application. */
    private String submissionKey;
    private Long previousApplicationId;
    private String studentNo;
    private String educationLevel;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate enrolmentDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate graduationDate;
    private String department;
    private String major;
    private String schoolingLength;
    private String degreeType;
    private String studyMode;
    private String studyCategory;
    private DeliveryMode deliveryMode;
    private String recipientName;
    private String recipientPhone;
    private String postalAddress;
    private String remark;
    private List<ItemChoice> items = new ArrayList<>();

    /** One row of the item table: tick, copies, and the scans uploaded so far. */
    public static class ItemChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private ArchiveItemType type;
        private boolean selected;
        private Integer copies = 1;
        private List<UUID> documentIds = new ArrayList<>();
        private List<String> fileNames = new ArrayList<>();

        public ItemChoice() {
        }

        public ItemChoice(ArchiveItemType type) {
            this.type = type;
        }

        public ArchiveItemType getType() { return type; }
        public void setType(ArchiveItemType type) { this.type = type; }
        public boolean isSelected() { return selected; }
        public void setSelected(boolean selected) { this.selected = selected; }
        public Integer getCopies() { return copies; }
        public void setCopies(Integer copies) { this.copies = copies; }
        public List<UUID> getDocumentIds() { return documentIds; }
        public void setDocumentIds(List<UUID> documentIds) { this.documentIds = documentIds; }
        public List<String> getFileNames() { return fileNames; }
        public void setFileNames(List<String> fileNames) { this.fileNames = fileNames; }
    }

    public ArchiveServiceType getService() { return service; }
    public void setService(ArchiveServiceType service) { this.service = service; }
    public StudyStage getStage() { return stage; }
    public void setStage(StudyStage stage) { this.stage = stage; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public Long getPreviousApplicationId() { return previousApplicationId; }
    public void setPreviousApplicationId(Long previousApplicationId) { this.previousApplicationId = previousApplicationId; }
    public String getStudentNo() { return studentNo; }
    public void setStudentNo(String studentNo) { this.studentNo = studentNo; }
    public String getEducationLevel() { return educationLevel; }
    public void setEducationLevel(String educationLevel) { this.educationLevel = educationLevel; }
    public LocalDate getEnrolmentDate() { return enrolmentDate; }
    public void setEnrolmentDate(LocalDate enrolmentDate) { this.enrolmentDate = enrolmentDate; }
    public LocalDate getGraduationDate() { return graduationDate; }
    public void setGraduationDate(LocalDate graduationDate) { this.graduationDate = graduationDate; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getMajor() { return major; }
    public void setMajor(String major) { this.major = major; }
    public String getSchoolingLength() { return schoolingLength; }
    public void setSchoolingLength(String schoolingLength) { this.schoolingLength = schoolingLength; }
    public String getDegreeType() { return degreeType; }
    public void setDegreeType(String degreeType) { this.degreeType = degreeType; }
    public String getStudyMode() { return studyMode; }
    public void setStudyMode(String studyMode) { this.studyMode = studyMode; }
    public String getStudyCategory() { return studyCategory; }
    public void setStudyCategory(String studyCategory) { this.studyCategory = studyCategory; }
    public DeliveryMode getDeliveryMode() { return deliveryMode; }
    public void setDeliveryMode(DeliveryMode deliveryMode) { this.deliveryMode = deliveryMode; }
    public String getRecipientName() { return recipientName; }
    public void setRecipientName(String recipientName) { this.recipientName = recipientName; }
    public String getRecipientPhone() { return recipientPhone; }
    public void setRecipientPhone(String recipientPhone) { this.recipientPhone = recipientPhone; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public List<ItemChoice> getItems() { return items; }
    public void setItems(List<ItemChoice> items) { this.items = items; }

    public List<ItemChoice> selectedItems() {
        return items.stream().filter(ItemChoice::isSelected).toList();
    }
}

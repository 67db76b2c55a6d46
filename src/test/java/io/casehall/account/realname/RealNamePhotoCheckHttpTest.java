package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameForms.as;
import static io.casehall.account.realname.RealNameForms.photo;
import static io.casehall.account.realname.RealNameForms.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.RealNameStatus;
import io.casehall.account.TestApplicants;
import io.casehall.account.registry.GraduateRegistryRows;
import io.casehall.support.IntegrationTest;
import io.casehall.support.TestFiles;
import io.casehall.support.TestIdNumbers;
import io.casehall.support.UniqueData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The document photo is opened, not just sniffed: an impostor comes back with a message and nothing typed is lost. */
class RealNamePhotoCheckHttpTest extends IntegrationTest {

    @Autowired
    TestApplicants applicants;
    @Autowired
    GraduateRegistryRows registry;
    @Autowired
    AccountService accounts;

    @Test
    void aPdfHeaderAloneIsRefusedEvenForAGraduateTheRegistryWouldApprove() throws Exception {
        ApplicantPrincipal applicant = applicants.create("钱程");
        String id = TestIdNumbers.next();
        String studentNo = UniqueData.studentNo();
        registry.add("钱程", id, studentNo);

        followRedirect(mvc.perform(submission(applicant, id, studentNo)
                        .file(photo("身份证.pdf", "application/octet-stream",
                                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))), as(applicant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无法读取文件“身份证.pdf”：它已损坏或不完整")))
                .andExpect(content().string(containsString("value=\"" + id + "\"")))
                .andExpect(content().string(containsString("value=\"" + studentNo + "\"")))
                .andExpect(content().string(containsString("该文件未保存，请重新选择文件。")))
                .andExpect(content().string(not(containsString("已上传："))));

        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.NONE);

        mvc.perform(submission(applicant, id, studentNo).file(photo("身份证.pdf", "application/octet-stream", TestFiles.pdf())))
                .andExpect(redirectedUrl("/realname"));
        assertThat(accounts.get(applicant.applicantId()).getRealNameStatus()).isEqualTo(RealNameStatus.VERIFIED);
    }
}

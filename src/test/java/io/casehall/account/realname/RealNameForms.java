package io.casehall.account.realname;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.casehall.account.ApplicantPrincipal;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The real-name form as the portal sends it, for the HTTP tests of real-name verification. */
final class RealNameForms {

    private RealNameForms() {
    }

    static RequestPostProcessor as(ApplicantPrincipal applicant) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(applicant, null,
                AuthorityUtils.createAuthorityList("ROLE_APPLICANT")));
    }

    /** An ID-card submission of this applicant (add the photo with {@code .file(...)}). */
    static MockMultipartHttpServletRequestBuilder submission(ApplicantPrincipal applicant, String id, String studentNo) {
        MockMultipartHttpServletRequestBuilder request = multipart("/realname");
        request.with(as(applicant)).with(csrf())
                .param("documentType", "ID_CARD").param("documentNumber", id).param("studentNo", studentNo)
                .param("department", "化工与环境生命学部").param("educationLevel", "硕士研究生");
        return request;
    }

    static MockMultipartFile photo(String name, String contentType, byte[] content) {
        return new MockMultipartFile("photo", name, contentType, content);
    }
}

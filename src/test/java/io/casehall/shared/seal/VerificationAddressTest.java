package io.casehall.shared.seal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** PDFs, e-mails and SMS never say just "/verify": the address always has a host. */
class VerificationAddressTest {

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theConfiguredPublicBaseUrlWins() {
        assertThat(new VerificationAddress("https://casehall.example.edu.cn/", "/verify", new MockEnvironment()).url())
                .isEqualTo("https://casehall.example.edu.cn/verify");
    }

    @Test
    void aFullVerificationUrlIsUsedAsItIs() {
        assertThat(new VerificationAddress("", "https://verify.example.edu.cn/check", new MockEnvironment()).url())
                .isEqualTo("https://verify.example.edu.cn/check");
    }

    @Test
    void withoutConfigurationTheCurrentRequestGivesTheHostAndLaterJobsReuseIt() {
        VerificationAddress address = new VerificationAddress("", "/verify", new MockEnvironment());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/apply/archive");
        request.setScheme("https");
        request.setServerName("portal.example.edu.cn");
        request.setServerPort(443);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(address.url()).isEqualTo("https://portal.example.edu.cn/verify");
        RequestContextHolder.resetRequestAttributes();
        assertThat(address.url()).as("a background job after that request").isEqualTo("https://portal.example.edu.cn/verify");
    }

    @Test
    void withoutConfigurationOrRequestTheServerAddressIsUsed() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", "10.1.2.3")
                .withProperty("server.port", "8443");
        assertThat(new VerificationAddress(null, "/verify", environment).url()).isEqualTo("http://10.1.2.3:8443/verify");
        assertThat(new VerificationAddress(null, "/verify", new MockEnvironment()).url())
                .matches("http://[^/]+:8080/verify").doesNotStartWith("/");
    }
}

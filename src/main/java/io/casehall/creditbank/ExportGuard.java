package io.casehall.creditbank;

import io.casehall.account.CodePurpose;
import io.casehall.account.MobileCodes;
import io.casehall.shared.web.UserFacingException;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The seed's guard before an institution exports personal data: a fresh six-digit code sent to the signed-in user's
 * own mobile, entered with the export and used up by it, so each export needs its own code.
 */
@Service
public class ExportGuard {

    private final MobileCodes codes;
    private final InstitutionDirectory directory;

    ExportGuard(MobileCodes codes, InstitutionDirectory directory) {
        this.codes = codes;
        this.directory = directory;
    }

    /** Sends a code to the user's mobile; answers the minutes it is valid (refused while the resend wait lasts). */
    public int sendCode(InstitutionPrincipal user, Locale locale) {
        return codes.send(CodePurpose.INSTITUTION_EXPORT, phoneOf(user), locale);
    }

    /** Accepts and uses up the code, or throws the refusal the user reads (none, wrong, expired, used …). */
    public void check(InstitutionPrincipal user, String code) {
        if (code == null || code.isBlank()) {
            throw new UserFacingException("creditbank.export.codeRequired");
        }
        codes.verify(CodePurpose.INSTITUTION_EXPORT, phoneOf(user), code);
    }

    /** The last four digits of the user's mobile, as the seed shows it (尾号为0001). */
    public String phoneTail(InstitutionPrincipal user) {
        String phone = phoneOf(user);
        return phone.length() > 4 ? phone.substring(phone.length() - 4) : phone;
    }

    private String phoneOf(InstitutionPrincipal user) {
        return directory.user(user.userId()).orElseThrow().getPhone();
    }
}

package io.casehall.creditbank.web;

import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.shared.security.StaffEntranceGuard;
import org.springframework.stereotype.Component;

/** Institution users sign in at the institution entrance only, never as staff (console or REST). */
@Component
class InstitutionsStayOut implements StaffEntranceGuard {

    private final InstitutionDirectory directory;

    InstitutionsStayOut(InstitutionDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean mayEnter(String userId) {
        return !directory.isInstitutionUser(userId);
    }
}

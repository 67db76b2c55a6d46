package io.casehall.staff.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/** The engine's authorization manager, with the groups that have grants remembered ({@link AuthorizedGroups}). */
class GroupRememberingAuthorizationManager extends AuthorizationManager {

    private final AuthorizedGroups groups;

    GroupRememberingAuthorizationManager(AuthorizedGroups groups) {
        this.groups = groups;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        return groups.filter(authenticatedGroupIds, this::getAllGroups);
    }

    @Override
    public void insert(DbEntity authorization) {
        super.insert(authorization);
        if (authorization instanceof AuthorizationEntity entity) {
            groups.granted(entity.getGroupId());
        }
    }

    /** Replaces the engine's authorization manager factory (same session type). */
    static SessionFactory factory(AuthorizedGroups groups) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupRememberingAuthorizationManager(groups);
            }
        };
    }
}

package vn.cdtt.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.geography.AdminUnit;

/**
 * Mirrors agencies, acting units and officials into Camunda's identity service: one group per agency and per
 * acting unit, memberships, e-mail, webapp access by group, and each official's Tasklist filters. Idempotent.
 */
@Service
public class IdentitySync {

    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);
    private static final String ALL = Authorization.ANY;
    static final String LIFECYCLE_PROCESS = "CampaignLifecycleProcess";

    private final OfficialRepository officials;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    IdentitySync(OfficialRepository officials, IdentityService identity, AuthorizationService authorizations,
                 FilterService filters, TaskService tasks, MessageSource messages, ApplicationEventPublisher events) {
        this.officials = officials;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.messages = messages;
        this.events = events;
    }

    @Transactional
    public int syncAll() {
        grantWebappAccess();
        List<Official> all = officials.findAllByOrderByUsername();
        all.forEach(this::syncOfficial);
        log.info("Synchronised {} officials into Camunda's identity service", all.size());
        return all.size();
    }

    /** Group-level grants: officials use Tasklist, leaders also Cockpit with read access to all processes. */
    void grantWebappAccess() {
        ensureGroup(CamundaGroups.OFFICIALS, "Cán bộ (Tasklist)", CamundaGroups.TYPE_ACCESS);
        ensureGroup(CamundaGroups.LEADERS, "Lãnh đạo (Tasklist, Cockpit)", CamundaGroups.TYPE_ACCESS);
        for (String group : List.of(CamundaGroups.OFFICIALS, CamundaGroups.LEADERS)) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // Tasklist draws the process diagram of a task and lists processes an official may start.
            grant(group, Resources.PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ);
        }
        grant(CamundaGroups.LEADERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(CamundaGroups.LEADERS, Resources.PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grant(CamundaGroups.LEADERS, Resources.PROCESS_INSTANCE, ALL, ProcessInstancePermissions.READ);
        grant(CamundaGroups.LEADERS, Resources.TASK, ALL, TaskPermissions.READ);
        grant(CamundaGroups.LEADERS, Resources.DECISION_DEFINITION, ALL, Permissions.READ,
                Permissions.READ_HISTORY);
        grant(CamundaGroups.LEADERS, Resources.DEPLOYMENT, ALL, Permissions.READ);
        // Leaders start a drive from Tasklist's "Start process".
        grant(CamundaGroups.LEADERS, Resources.PROCESS_DEFINITION, LIFECYCLE_PROCESS,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(CamundaGroups.LEADERS, Resources.PROCESS_INSTANCE, ALL, ProcessInstancePermissions.CREATE);
    }

    @Transactional
    public void syncOfficial(String username) {
        syncOfficial(officials.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("unknown official " + username)));
    }

    private void syncOfficial(Official official) {
        Agency agency = official.getAgency();
        ensureGroup(agency.groupId(), agency.getNameVi(), CamundaGroups.TYPE_AGENCY);
        Map<String, AdminUnit> unitGroups = new LinkedHashMap<>();
        for (AdminUnit unit : official.getUnits()) {
            unitGroups.put(unit.groupId(), unit);
            ensureGroup(unit.groupId(), unit.getFullName(), CamundaGroups.TYPE_UNIT);
        }
        saveUser(official);
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(agency.groupId());
        wanted.addAll(unitGroups.keySet());
        wanted.add(official.getAccessLevel() == AccessLevel.OFFICIAL ? CamundaGroups.OFFICIALS : CamundaGroups.LEADERS);
        if (official.getAccessLevel() == AccessLevel.ADMIN) {
            wanted.add(CamundaGroups.ADMINS);
        }
        syncMemberships(official.getUsername(), wanted);
        // Their province's tenant: the engine then shows them that province's drives only.
        Set<Long> unitIds = new LinkedHashSet<>();
        unitIds.add(agency.getUnit().getId());
        official.getUnits().forEach(unit -> unitIds.add(unit.getId()));
        events.publishEvent(new OfficialUnitsSynced(official.getUsername(), Set.copyOf(unitIds)));
        syncFilters(official, List.copyOf(unitGroups.keySet()));
    }

    private void saveUser(Official official) {
        User user = identity.createUserQuery().userId(official.getUsername()).singleResult();
        if (user == null) {
            user = identity.newUser(official.getUsername());
        }
        String[] names = splitName(official.getFullName());
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setEmail(official.getEmail());
        identity.saveUser(user);
        onlyRead(official.getUsername(), Resources.USER, official.getUsername());
    }

    /** Vietnamese names put the given name last: "Nguyễn Văn An" is first name "An", last name "Nguyễn Văn". */
    static String[] splitName(String fullName) {
        String trimmed = fullName.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? new String[] {trimmed, ""}
                : new String[] {trimmed.substring(space + 1), trimmed.substring(0, space)};
    }

    private void syncMemberships(String userId, Set<String> wanted) {
        for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
            if (CamundaGroups.isManaged(group.getId()) && !wanted.contains(group.getId())) {
                identity.deleteMembership(userId, group.getId());
            }
        }
        for (String groupId : wanted) {
            if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
                identity.createMembership(userId, groupId);
            }
        }
    }

    /**
     * Each official's Tasklist filters, named in their language: their units' work, their agency's work, what is
     * assigned to them, and what is overdue. Visible to the official alone, who may read and use them but never
     * change them: a stored query holds concrete user and group ids, no expression (the engine runs with expressions
     * in stored queries off), and is written again whenever the official's memberships are synchronised.
     */
    private void syncFilters(Official official, List<String> unitGroups) {
        Locale locale = official.getLocale();
        String user = official.getUsername();
        String agencyGroup = official.getAgency().groupId();
        if (!unitGroups.isEmpty()) {
            saveFilter(user, locale, "unit", 1, "#1f6f43",
                    tasks.createTaskQuery().taskCandidateGroupIn(unitGroups).includeAssignedTasks());
        }
        saveFilter(user, locale, "agency", 2, "#1f4e8c",
                tasks.createTaskQuery().taskCandidateGroupIn(List.of(agencyGroup)).includeAssignedTasks());
        saveFilter(user, locale, "mine", 3, "#555555", tasks.createTaskQuery().taskAssignee(user));
        saveFilter(user, locale, OverdueFilters.KIND, 4, "#b3261e",
                OverdueFilters.query(tasks, workGroups(agencyGroup, unitGroups), OverdueFilters.cutOff()));
    }

    /** The groups whose tasks an official works: their units' and their agency's. */
    static List<String> workGroups(String agencyGroup, List<String> unitGroups) {
        List<String> groups = new ArrayList<>(unitGroups);
        groups.add(agencyGroup);
        return groups;
    }

    private void saveFilter(String owner, Locale locale, String kind, int priority, String color, TaskQuery query) {
        String name = messages.getMessage("filter." + kind + ".name", null, locale);
        Filter filter = filters.createFilterQuery().filterOwner(owner).filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setOwner(owner);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", messages.getMessage("filter." + kind + ".description", null, locale));
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put(OverdueFilters.KIND_PROPERTY, kind);
        filter.setQuery(query).setProperties(properties);
        filters.saveFilter(filter);
        onlyRead(owner, Resources.FILTER, filter.getId());
    }

    /**
     * The owner's own grant on their record reduced to READ. New records get no more
     * ({@code ReadOnlyOwnerAuthorizations}); this also mends records made before, which Camunda gave ALL.
     */
    private void onlyRead(String userId, Resource resource, String resourceId) {
        for (Authorization grant : authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(resource)
                .resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
            if (!grant.isPermissionGranted(Permissions.READ) || grant.isPermissionGranted(Permissions.UPDATE)
                    || grant.isPermissionGranted(Permissions.DELETE)) {
                grant.setPermissions(new Permission[] {Permissions.READ});
                authorizations.saveAuthorization(grant);
            }
        }
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}

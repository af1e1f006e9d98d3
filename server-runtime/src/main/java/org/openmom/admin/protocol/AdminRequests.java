package org.openmom.admin.protocol;

import java.util.List;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.LogLevel;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.Progress;
import org.openmom.admin.ReflexInfo;
import org.openmom.admin.SearchHit;
import org.openmom.admin.SearchSummary;
import org.openmom.admin.ServerInfo;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.Status;
import org.openmom.model.ServiceUser;

/**
 * The JSON bodies of ADMIN_* requests and answers that are not public DTOs already
 * (docs/wire-protocol.md, "Administration"). ADMIN_SNAPSHOT has no body; ADMIN_MAILBOX's body is
 * a {@link org.openmom.admin.MailboxQuery}; ADMIN_WATCH's a {@link org.openmom.admin.WatchRequest}.
 */
public final class AdminRequests {
    private AdminRequests() {}

    /** ADMIN_MESSAGE. */
    public record MessageRequest(long id) {}

    /** ADMIN_DELETE: {@code mailbox} null deletes everywhere. */
    public record DeleteRequest(MailboxRef mailbox, List<Long> ids) {}

    /** What an ADMIN_STATUS changes. */
    public enum StatusTarget { SERVER, SERVICE_INSTANCE, SERVICES, REFLEX, ACTIVATION }

    /**
     * ADMIN_STATUS: the fields of the target kind are set, the others are 0/null. ACTIVATION
     * names the service in {@code pattern}; ENABLED starts its program now, DISABLED stops it.
     */
    public record StatusRequest(StatusTarget target, long instanceId, ServiceUser pattern, int reflexIndex, Status status) {}

    /** The answer to ADMIN_STATUS: the changed element, or how many services changed. */
    public record StatusResult(ServerInfo server, ServiceInfo service, ReflexInfo reflex, int changed, ActivationInfo activation) {
        public StatusResult(ServerInfo server, ServiceInfo service, ReflexInfo reflex, int changed) {
            this(server, service, reflex, changed, null);
        }
    }

    /** ADMIN_LOG. */
    public record LogRequest(int maxLines) {}

    /** ADMIN_LOG_LEVEL and its answer (the level before). */
    public record LogLevelRequest(LogLevel level) {}

    /** The answer to ADMIN_WATCH; ADMIN_EVENTS frames carry its id, ADMIN_UNWATCH names it. */
    public record WatchStarted(long watchId) {}

    /** ADMIN_UNWATCH. */
    public record Unwatch(long watchId) {}

    /** ADMIN_ROUTERS_ADD: lines of a routes file. */
    public record AddRouters(String routesText) {}

    /** ADMIN_ROUTER_REMOVE. */
    public record RemoveRouter(String name) {}

    /**
     * ADMIN_RELOAD: the configuration to take, or null for the file the server was started with;
     * {@code dryRun}: check it and say what would change, changing nothing.
     */
    public record Reload(String configText, boolean dryRun) {}

    /** ADMIN_PURGE; a dry run only counts (answered with a {@code PurgeCount}) and changes nothing. */
    public record PurgeRequest(ServiceUser target, boolean dryRun) {}

    /** What an ADMIN_TRANSFER does with the messages it posts again. */
    public enum TransferKind {
        /** To where each was going (a dead letter: its original destination), then deleted. */
        RESUBMIT,
        /** To {@code to}, then deleted. */
        MOVE,
        /** To {@code to}, the originals kept. */
        COPY
    }

    /** ADMIN_TRANSFER: {@code ids}, or every dead letter when {@code allDeadLetters}; {@code to} for MOVE and COPY. */
    public record TransferRequest(TransferKind kind, List<Long> ids, boolean allDeadLetters, ServiceUser to) {}

    /** ADMIN_IMPORT. */
    public record ImportRequest(List<ExportedMessage> messages) {}

    /** ADMIN_TRASH. */
    public record TrashRequest(int maxEntries) {}

    /** ADMIN_RESTORE: the trashed messages' old ids. */
    public record RestoreRequest(List<Long> ids) {}

    /** ADMIN_AUDIT. */
    public record AuditRequest(int maxEntries) {}

    /** The answer to ADMIN_READ_ONLY (no body): the connection is read-only from now on. */
    public record ReadOnly(boolean readOnly) {}

    /**
     * The answer to a streaming request (ADMIN_SEARCH with a {@link org.openmom.admin.SearchQuery},
     * ADMIN_EXPORT with an {@link org.openmom.admin.ExportQuery}): ADMIN_CHUNK frames with this id
     * follow, the last one saying how it ended; ADMIN_CANCEL names it to stop it.
     */
    public record StreamStarted(long streamId) {}

    /** ADMIN_CANCEL. */
    public record Cancel(long streamId) {}

    /**
     * An ADMIN_CHUNK of a search: hits (perhaps none: a part comes every so many messages, for the
     * progress), how far it is, and in the last one {@code end} (or {@code error}: the search stopped).
     */
    public record SearchChunk(List<SearchHit> hits, Progress progress, SearchSummary end, String error) {}

    /** An ADMIN_CHUNK of an export: messages, how far it is, and in the last one {@code end}, how many in all (or {@code error}). */
    public record ExportChunk(List<ExportedMessage> messages, Progress progress, Long end, String error) {}
}

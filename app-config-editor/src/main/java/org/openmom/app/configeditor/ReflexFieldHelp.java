package org.openmom.app.configeditor;

import org.openmom.config.ReflexKind;

/**
 * What each field of a reflex means, in the guide's words ("Creation and edition of reflexes"),
 * shown under the field while it has no problem.
 */
final class ReflexFieldHelp {
    private ReflexFieldHelp() {}

    static String serviceName(ReflexKind kind) {
        return switch (kind) {
            case LOGGING_SERVICE -> "The logging service's name.";
            case LOCAL_SERVICE -> "The local service's name: messages for this service are answered by the reflex.";
            case REGISTRATION_FILTER -> "The registration filter's name.";
            case DEREGISTRATION_FILTER -> "The de-registration filter's name.";
            case MESSAGE_FILTER -> "The target service's name. * : the filter acts on message seeds.";
            case DELIVERY_FILTER -> "The target service's name; it can be *.";
            case DEAD_LETTERS -> "The target service's name; it can be *.";
            case ACTIVATION -> "The service the program registers as: when messages wait for it and no instance can take them,"
                    + " the server starts the program.";
        };
    }

    static String dllPath(ReflexKind kind) {
        if (kind == ReflexKind.ACTIVATION) {
            return "The program to start (relative to the configuration file); it finds the server in $OPENMOM_SERVER, its output"
                    + " goes to logs/.";
        }
        return kind.runsCode()
                ? "builtin, or the jar holding the class (relative to the configuration file): Browse… to choose it."
                : "builtin: logging services are part of the server.";
    }

    /** The caption of the DLL Path field: "Program" for an Activation. */
    static String dllPathCaption(ReflexKind kind) {
        return kind == ReflexKind.ACTIVATION ? "DLL Path (Program)" : "DLL Path";
    }

    static String key(ReflexKind kind) {
        return switch (kind) {
            case LOGGING_SERVICE -> "The service's name for which to log messages; it can be *.";
            case LOCAL_SERVICE -> "Event Name: the messages with this event trigger the reflex.";
            case REGISTRATION_FILTER -> "Service Name: the filter is triggered when this service connects; * for each connection.";
            case DEREGISTRATION_FILTER -> "Service Name: the filter is triggered when this service disconnects; * for each one.";
            case MESSAGE_FILTER, DELIVERY_FILTER -> "Event Name; * : all messages for the service are filtered.";
            case DEAD_LETTERS -> "Event Name: messages with this event that find no matching service; it can be *.";
            case ACTIVATION -> "WAIT: one instance at a time; NOWAIT: more while messages wait and every instance is busy, up to Max.";
        };
    }

    static String value(ReflexKind kind) {
        if (kind == ReflexKind.ACTIVATION) {
            return "Max: how many instances may run at once (1 to 64; WAIT runs one).";
        }
        return kind.runsCode()
                ? "Function Name: the Java class of the reflex (the classes offered implement " + kind.displayName() + ")."
                : "Log file's full name (relative to the configuration file); ~ in front for a mirror of the master.";
    }

    /** The caption of the Key field: "Key (Event Name)". */
    static String keyCaption(ReflexKind kind) {
        return "Key (" + (kind == ReflexKind.LOGGING_SERVICE ? "Service Name" : kind.keyLabel()) + ")";
    }

    /** The caption of the Value field: "Value (Function Name)". */
    static String valueCaption(ReflexKind kind) {
        return "Value (" + (kind == ReflexKind.LOGGING_SERVICE ? "Log File" : kind.valueLabel()) + ")";
    }
}

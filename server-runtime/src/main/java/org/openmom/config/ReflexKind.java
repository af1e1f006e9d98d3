package org.openmom.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seven kinds of reflex of the guide ("Server Configuration") and the Activation of a program
 * on demand, with the keyword that starts
 * a line of the configuration file, the name a person reads, the meaning of the Service Name,
 * Key and Value fields for this kind (the labels of the editor's form), and where the guide
 * allows {@code *}.
 */
public enum ReflexKind {
    LOGGING_SERVICE("LoggingService", "Logging Service",
            "The logging service's name", "Service whose messages are logged", "Log file", false, true),
    LOCAL_SERVICE("LocalService", "Local Service",
            "The local service's name", "Event Name", "Function Name", false, false),
    REGISTRATION_FILTER("RegistrationFilter", "Registration Filter",
            "The registration filter's name", "Service Name", "Function Name", false, true),
    MESSAGE_FILTER("MessageFilter", "Message Filter",
            "The target service's name", "Event Name", "Function Name", true, true),
    DEREGISTRATION_FILTER("DeregistrationFilter", "De-registration Filter",
            "The de-registration filter's name", "Service Name", "Function Name", false, true),
    DELIVERY_FILTER("DeliveryFilter", "Message Delivery Filter",
            "The target service's name", "Event Name", "Function Name", true, true),
    DEAD_LETTERS("DeadLetters", "Dead Letters Reflex",
            "The target service's name", "Event Name", "Function Name", true, true),
    /**
     * Not a reflex but a program the server starts when messages wait for its service (the TPF
     * Internet daemon's idea): the DLL Path is the program, the Key its model, the Value its Max.
     */
    ACTIVATION("Activation", "Activation",
            "The service the program registers as", "Model", "Max", false, false);

    private final String keyword;
    private final String displayName;
    private final String serviceNameLabel;
    private final String keyLabel;
    private final String valueLabel;
    private final boolean serviceNameMayBeWildcard;
    private final boolean keyMayBeWildcard;

    ReflexKind(String keyword, String displayName, String serviceNameLabel, String keyLabel, String valueLabel,
            boolean serviceNameMayBeWildcard, boolean keyMayBeWildcard) {
        this.keyword = keyword;
        this.displayName = displayName;
        this.serviceNameLabel = serviceNameLabel;
        this.keyLabel = keyLabel;
        this.valueLabel = valueLabel;
        this.serviceNameMayBeWildcard = serviceNameMayBeWildcard;
        this.keyMayBeWildcard = keyMayBeWildcard;
    }

    /** The word that starts the line in the configuration file, e.g. {@code LoggingService}. */
    public String keyword() {
        return keyword;
    }

    /** The guide's name, e.g. "Message Delivery Filter". */
    public String displayName() {
        return displayName;
    }

    /** What the Service Name field means for this kind, e.g. "The target service's name". */
    public String serviceNameLabel() {
        return serviceNameLabel;
    }

    /** What the Key field means for this kind, e.g. "Event Name". */
    public String keyLabel() {
        return keyLabel;
    }

    /** What the Value field means for this kind: "Function Name", or "Log file". */
    public String valueLabel() {
        return valueLabel;
    }

    /** Whether the guide lets the Service Name be {@code *} (a filter on every service). */
    public boolean serviceNameMayBeWildcard() {
        return serviceNameMayBeWildcard;
    }

    /** Whether the guide lets the Key be {@code *}. */
    public boolean keyMayBeWildcard() {
        return keyMayBeWildcard;
    }

    /** Whether the Value names a Java class to run (every kind but the Logging Service and the Activation). */
    public boolean runsCode() {
        return this != LOGGING_SERVICE && this != ACTIVATION;
    }

    /** Whether the line declares a reflex of the server (every kind but the Activation, which declares a program). */
    public boolean isReflex() {
        return this != ACTIVATION;
    }

    public static Optional<ReflexKind> fromKeyword(String keyword) {
        return Arrays.stream(values()).filter(k -> k.keyword.equals(keyword)).findFirst();
    }

    /** The keyword meant by a mistyped one that differs only in letter case. */
    static Optional<ReflexKind> fromKeywordIgnoringCase(String keyword) {
        return Arrays.stream(values()).filter(k -> k.keyword.equalsIgnoreCase(keyword)).findFirst();
    }

    /** The keywords, for messages that list what is allowed. */
    public static String allKeywords() {
        return String.join(", ", Arrays.stream(values()).map(ReflexKind::keyword).toList());
    }
}

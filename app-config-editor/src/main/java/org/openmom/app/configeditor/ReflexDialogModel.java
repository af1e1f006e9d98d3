package org.openmom.app.configeditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.app.common.form.Form;
import org.openmom.app.common.form.FormField;
import org.openmom.cli.BuiltinReflexCheck;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationValidator;
import org.openmom.fileformat.Finding;
import org.openmom.reflex.runtime.Builtins;
import org.openmom.reflex.runtime.ReflexClasses;

/**
 * The dialog of one kind of reflex without its controls: Service Name, DLL Path, Key and Value
 * with the guide's meanings, checked as typed by the rules of {@code openmom check config} on
 * the whole configuration with this reflex in its place (so the master/mirror rule is checked
 * too), and the classes a jar offers for Value, read in the background.
 */
final class ReflexDialogModel {
    private final String title;
    private final ReflexKind kind;
    private final ServerConfiguration configuration;
    private final int index;
    private final Path configFile;
    private final EditorServices services;
    private final FormField<String> serviceName;
    private final FormField<String> dllPath;
    private final FormField<String> key;
    private final FormField<String> value;
    private final ObservableList<String> valueChoices = FXCollections.observableArrayList();
    private final Form form;
    /** The classes of the jar named by DLL Path, once read; null for builtin or while reading. */
    private ReflexClasses jarClasses;
    private String jarProblem;
    /** Counts the jar reads started, so that the answer of an older one (the person typed on) is dropped. */
    private int jarReads;

    /**
     * @param configuration the configuration with {@code initial} at {@code index}
     * @param configFile    where the configuration is saved: a jar path is relative to its folder
     */
    ReflexDialogModel(String title, ReflexDeclaration initial, ServerConfiguration configuration, int index, Path configFile,
            EditorServices services) {
        this.title = title;
        this.kind = initial.kind();
        this.configuration = configuration;
        this.index = index;
        this.configFile = configFile;
        this.services = services;
        serviceName = new FormField<>("Service Name", initial.serviceName(), ReflexFieldHelp.serviceName(kind));
        dllPath = new FormField<>(ReflexFieldHelp.dllPathCaption(kind), initial.dllPath(), ReflexFieldHelp.dllPath(kind));
        key = new FormField<>(ReflexFieldHelp.keyCaption(kind), initial.key(), ReflexFieldHelp.key(kind));
        value = new FormField<>(ReflexFieldHelp.valueCaption(kind), initial.value(), ReflexFieldHelp.value(kind));
        form = new Form(this::problems, List.of(serviceName, dllPath, key, value));
        dllPath.valueProperty().addListener((o, before, now) -> offerClasses());
        offerClasses();
    }

    String title() {
        return title;
    }

    ReflexKind kind() {
        return kind;
    }

    FormField<String> serviceName() {
        return serviceName;
    }

    FormField<String> dllPath() {
        return dllPath;
    }

    FormField<String> key() {
        return key;
    }

    FormField<String> value() {
        return value;
    }

    /** What Value offers: the built-ins of this kind for builtin, the classes of this kind in the jar otherwise. */
    ObservableList<String> valueChoices() {
        return valueChoices;
    }

    ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    /** The reflex as filled in. */
    ReflexDeclaration reflex() {
        return new ReflexDeclaration(kind, serviceName.value().strip(), dllPath.value().strip(), key.value().strip(),
                value.value().strip());
    }

    /** Browse…: a jar chosen in a file dialog becomes the DLL Path, relative to the configuration's folder when inside it. */
    void chooseJar() {
        Path folder = configFolder();
        services.jarChooser().chooseJar(folder).ifPresent(jar -> {
            Path absolute = jar.toAbsolutePath().normalize();
            dllPath.set(absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString());
        });
    }

    private Path configFolder() {
        return configFile == null ? Path.of("").toAbsolutePath() : configFile.toAbsolutePath().getParent();
    }

    /** Reads the jar named by DLL Path off the FX thread; builtin offers the built-ins at once. */
    private void offerClasses() {
        readClasses();
        form.check();
    }

    private void readClasses() {
        int read = ++jarReads;
        jarClasses = null;
        jarProblem = null;
        String path = dllPath.value().strip();
        if (!kind.runsCode()) {
            valueChoices.clear();
            return;
        }
        if (ReflexDeclaration.BUILTIN.equals(path)) {
            valueChoices.setAll(Builtins.namesFor(kind));
            return;
        }
        valueChoices.clear();
        if (!path.endsWith(ReflexDeclaration.JAR_SUFFIX)) {
            return;
        }
        Path jar = configFile == null ? Path.of(path).toAbsolutePath() : ServerConfiguration.resolve(configFile, path);
        services.background().run(() -> ReflexClasses.inJar(jar), classes -> {
            if (read == jarReads) {
                jarClasses = classes;
                valueChoices.setAll(classes.of(kind));
                form.check();
            }
        }, error -> {
            if (read == jarReads) {
                jarProblem = "cannot read the jar " + jar + " (" + (error.getMessage() == null ? error : error.getMessage())
                        + ") — choose an existing jar with Browse…";
                form.check();
            }
        });
    }

    private Map<FormField<?>, String> problems() {
        ReflexDeclaration reflex = reflex();
        ServerConfiguration withReflex = ConfigurationEdits.replace(configuration, index, reflex);
        List<Finding> findings = new ArrayList<>(ServerConfigurationValidator.validate(withReflex));
        findings.addAll(BuiltinReflexCheck.findings(withReflex));
        Map<FormField<?>, String> problems = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.isError() && finding.element().index() == index) {
                FormField<?> field = fieldOf(finding.field());
                if (field != null) {
                    problems.putIfAbsent(field, finding.message() + " — " + finding.fix());
                }
            }
        }
        if (jarProblem != null) {
            problems.putIfAbsent(dllPath, jarProblem);
        }
        if (jarClasses != null && !reflex.value().isEmpty() && !jarClasses.of(kind).contains(reflex.value())) {
            problems.putIfAbsent(value, jarClasses.holds(reflex.value())
                    ? "class " + reflex.value() + " is not a " + kind.displayName() + ": it does not implement "
                            + ReflexClasses.interfaceName(kind) + " — choose one of the classes offered"
                    : "no class " + reflex.value() + " in " + reflex.dllPath() + " — choose one of the classes offered");
        }
        return problems;
    }

    private FormField<?> fieldOf(int field) {
        return switch (field) {
            case ReflexDeclaration.SERVICE_NAME -> serviceName;
            case ReflexDeclaration.DLL_PATH -> dllPath;
            case ReflexDeclaration.KEY -> key;
            case ReflexDeclaration.VALUE -> value;
            default -> null;
        };
    }
}

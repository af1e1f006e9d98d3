package org.openmom.app.common.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the desktop programs split views from view models, checked by each program on its own
 * classes and by app-common on its own ({@code ArchTests.in(DesktopArchitectureRules.class)}):
 * views are FXML files with a controller each; view models run without a window; only
 * controllers (and app-common's few helpers for them) handle controls.
 */
public final class DesktopArchitectureRules {
    private static final String FXML = "javafx.fxml.FXML";

    /** The classes of an FXML view: a class with {@code @FXML} members, and the classes nested in it (its cells). */
    public static final DescribedPredicate<JavaClass> FXML_CONTROLLERS = new DescribedPredicate<>(
            "FXML controllers (classes with @FXML members) and the classes nested in them") {
        @Override
        public boolean test(JavaClass type) {
            return hasFxmlMembers(type) || type.getEnclosingClass().map(DesktopArchitectureRules::hasFxmlMembers).orElse(false);
        }
    };

    /**
     * What controllers use to show their view model: attaching actions to menus and toolbars,
     * the feedback of a form field, showing a dialog pane, a list line that wraps.
     */
    private static final DescribedPredicate<JavaClass> CONTROLLER_HELPERS = resideInAPackage("org.openmom.app.common.action")
            .or(simpleName("FieldFeedback")).or(simpleName("FxmlDialog")).or(simpleName("WrappingCell"))
            .as("app-common's helpers of controllers (Actions, FieldFeedback, FxmlDialog, WrappingCell)");

    /** An FXML controller reads the file named after it ({@code FxmlView}): {@code ConnectDialogController} ↔ {@code ConnectDialog.fxml}. */
    @ArchTest
    public static final ArchRule CONTROLLERS_ARE_NAMED_AFTER_THEIR_VIEW = classes().that(FXML_CONTROLLERS).and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Controller")
            .because("FxmlView finds a controller's FXML file by its name");

    /** Controls and layout are made by FXML files and handled by their controllers. */
    @ArchTest
    public static final ArchRule ONLY_CONTROLLERS_HANDLE_CONTROLS = noClasses().that(not(FXML_CONTROLLERS)).and(not(CONTROLLER_HELPERS))
            .should().dependOnClassesThat(assignableTo("javafx.scene.layout.Region"))
            .because("layout and controls belong to the FXML views (Scene Builder opens them) and their controllers;"
                    + " view models, dialogs services and wiring only hand view models over");

    /** The view models named so ({@code …Model}) know no view. */
    @ArchTest
    public static final ArchRule VIEW_MODELS_KNOW_NO_VIEWS = viewModelsKnowNoViews(simpleNameEndingWith("Model"));

    private DesktopArchitectureRules() {}

    /**
     * {@code viewModels} use no controller, no node, no window and no FX thread of their own:
     * plain JUnit tests drive them without a toolkit, and their views bind to them.
     */
    public static ArchRule viewModelsKnowNoViews(DescribedPredicate<? super JavaClass> viewModels) {
        return noClasses().that(viewModels)
                .should().dependOnClassesThat(FXML_CONTROLLERS)
                .orShould().dependOnClassesThat(assignableTo("javafx.scene.Node"))
                .orShould().dependOnClassesThat(assignableTo("javafx.stage.Window"))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .because("a view model is tested without a window or the JavaFX toolkit; the view binds to it, not the reverse");
    }

    private static boolean hasFxmlMembers(JavaClass type) {
        return type.getFields().stream().anyMatch(field -> field.isAnnotatedWith(FXML))
                || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(FXML));
    }
}

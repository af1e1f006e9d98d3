package org.openmom.app.common.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * What the windows look like: AtlantaFX's Primer theme as the base of every control, and our
 * own stylesheets on top — {@code openmom.css} for both, then this appearance's few colours.
 */
public enum Appearance {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), "/org/openmom/app/common/theme/openmom-light.css"),
    DARK(new PrimerDark().getUserAgentStylesheet(), "/org/openmom/app/common/theme/openmom-dark.css");

    private final String baseStylesheet;
    private final String layer;

    Appearance(String baseStylesheet, String layer) {
        this.baseStylesheet = baseStylesheet;
        this.layer = layer;
    }

    /** AtlantaFX's stylesheet, the user-agent stylesheet of the whole program (it replaces Modena). */
    public String baseStylesheet() {
        return baseStylesheet;
    }

    /** Our stylesheet of this appearance, as a scene stylesheet URL. */
    public String layerStylesheet() {
        return Appearance.class.getResource(layer).toExternalForm();
    }
}

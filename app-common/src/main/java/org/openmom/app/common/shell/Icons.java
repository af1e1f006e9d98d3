package org.openmom.app.common.shell;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** JavaFX images of the OpenMOM icon set. */
public final class Icons {
    private Icons() {}

    public static Image image(OpenMomIcon icon, IconSize size) {
        return new Image(icon.url(size).toExternalForm(), size.pixels(), size.pixels(), true, true, false);
    }

    /** A 16-pixel view, for menus, tree cells and toolbar buttons. */
    public static ImageView small(OpenMomIcon icon) {
        return view(icon, IconSize.SMALL);
    }

    public static ImageView view(OpenMomIcon icon, IconSize size) {
        return new ImageView(image(icon, size));
    }
}

package org.ganplayground.domains;

/** How a domain's samples are best looked at: what a snapshot stores and how views draw it. */
public enum PictureKind {

    /** Points over the inspector's verdict, with feedback arrows and the noise-grid warp. */
    PLANE,

    /** A grid of images, stored as one PNG per snapshot. */
    SPRITES,

    /** Histograms of real and forged values on one axis. */
    HISTOGRAM
}

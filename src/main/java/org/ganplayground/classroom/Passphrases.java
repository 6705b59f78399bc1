package org.ganplayground.classroom;

import java.security.SecureRandom;
import java.util.List;

/**
 * Generated passwords that a learner can read off a printed sheet and type: four short common words
 * (about 270^4, 32 bits, against a sign-in that is throttled per username) and join codes of six
 * characters without look-alikes (no 0/O, 1/I/L).
 */
final class Passphrases {

    private static final SecureRandom RANDOM = new SecureRandom();

    static final String JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final List<String> WORDS =
            List.of(
                    ("acorn agent amber anchor apple apron arrow atlas autumn avocado badge bagel"
                                    + " bamboo banjo barley basil basket beacon beaver berry birch"
                                    + " biscuit blanket blossom bottle breeze brick bridge brook"
                                    + " bubble bucket buffalo button cabin cactus camel candle canoe"
                                    + " canyon carbon carrot castle cedar cello chalk cherry chess"
                                    + " cider circle citrus clover cobalt cocoa comet compass copper"
                                    + " coral cotton cousin coyote crane crater crayon cricket crystal"
                                    + " cupcake current cymbal daisy dancer delta denim desert dingo"
                                    + " dolphin donkey dragon drum eagle easel echo eclipse elbow"
                                    + " ember emerald engine falcon feather fennel ferry fiddle fig"
                                    + " flame flute forest fossil fountain fox frost galaxy garden"
                                    + " garlic gecko geyser ginger glacier globe goose granite grape"
                                    + " gravel guitar hammock harbor harp hazel hedge heron hiking"
                                    + " honey hopper husky igloo island ivory jacket jaguar jelly"
                                    + " jigsaw jungle kayak kettle kiwi koala ladder lagoon lantern"
                                    + " lemon lentil lily lizard lobster locket lotus magnet mango"
                                    + " maple marble meadow melon meteor mint mitten monsoon moose"
                                    + " mosaic muffin mustard nectar needle nickel noodle nutmeg oasis"
                                    + " ocean olive onion orbit orchid otter owl paddle panda paper"
                                    + " parrot peach peanut pebble pelican pepper piano pickle pilot"
                                    + " pine planet plum pocket pony poppy prism pumpkin puzzle quail"
                                    + " quartz quilt rabbit radish rainbow raven reef ribbon river"
                                    + " robin rocket saddle saffron salmon sandal satin scarf"
                                    + " seal shadow shell sierra silver sketch sled slate snail sonnet"
                                    + " spark sparrow spider spruce squash squid stable starling"
                                    + " stone storm sugar summit sunset swan tango teapot thistle"
                                    + " thunder tiger timber tomato topaz torch toucan trumpet tulip"
                                    + " tundra turnip turtle umbrella valley velvet violin volcano"
                                    + " wafer walnut walrus wander willow window winter wizard yak"
                                    + " yarn yodel zebra zephyr zigzag zinnia")
                            .split(" "));

    private Passphrases() {}

    static String passphrase() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                b.append('-');
            }
            b.append(WORDS.get(RANDOM.nextInt(WORDS.size())));
        }
        return b.toString();
    }

    static String joinCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < SchoolClass.JOIN_CODE_LENGTH; i++) {
            b.append(JOIN_CODE_ALPHABET.charAt(RANDOM.nextInt(JOIN_CODE_ALPHABET.length())));
        }
        return b.toString();
    }
}

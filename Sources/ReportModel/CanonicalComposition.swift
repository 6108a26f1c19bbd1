extension StringProtocol {
    /// Whether Unicode's composition (NFC) could change this text: only a
    /// text holding a combining mark (as Mac tools write Vietnamese, NFD),
    /// Hangul jamo, or one of the few singletons and CJK compatibility
    /// ideographs. Almost every cell holds none and is NFC as it is, so the
    /// costly normalisation is asked for only when this says so. Inlinable:
    /// made for `String` where it is used, not stepping through a generic
    /// view's scalars (ten times the cost, for every name read).
    @inlinable public var mayChangeUnderNFC: Bool {
        unicodeScalars.contains(where: compositionMayChange)
    }
}

@usableFromInline func compositionMayChange(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x0300 else { return false }
    switch scalar.value {
    case 0x1E00...0x1EFF:   // precomposed Latin letters (Vietnamese ạ…ỹ): NFC keeps each, and asking costs ten times more
        return false
    case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05C7, 0x0610...0x065F, 0x0900...0x0DFF,
         0x1100...0x11FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x1F00...0x1FFF, 0x20D0...0x20FF,
         0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x3099, 0x309A, 0xF900...0xFAFF, 0xFE20...0xFE2F,
         0x2F800...0x2FA1F:
        return true
    // Outside those ranges and with no combining class: singletons NFC replaces (Greek ano teleia,
    // en quad, Hebrew presentation forms, musical symbols…) and vowels that compose with the letter
    // before them (Myanmar, Balinese, Brahmi scripts). Listed from Unicode's data, checked in tests.
    case 0x0374, 0x037E, 0x0387, 0x0F43, 0x0F4D, 0x0F52, 0x0F57, 0x0F5C, 0x0F69, 0x0F73, 0x0F75...0x0F76,
         0x0F78, 0x0F81, 0x0F93, 0x0F9D, 0x0FA2, 0x0FA7, 0x0FAC, 0x0FB9, 0x102E, 0x1B35, 0x2000...0x2001,
         0x2ADC, 0xFB1D, 0xFB1F, 0xFB2A...0xFB36, 0xFB38...0xFB3C, 0xFB3E, 0xFB40...0xFB41, 0xFB43...0xFB44,
         0xFB46...0xFB4E, 0x11127, 0x1133E, 0x11357, 0x114B0, 0x114BA, 0x114BD, 0x115AF, 0x11930,
         0x1D15E...0x1D164, 0x1D1BB...0x1D1C0:
        return true
    default:
        return scalar.properties.canonicalCombiningClass != .notReordered
    }
}

extension Unicode.Scalar {
    /// Whether Unicode's composition (NFC) could change a text holding this scalar (`mayChangeUnderNFC`).
    @inlinable public var mayChangeUnderNFC: Bool { compositionMayChange(self) }
}

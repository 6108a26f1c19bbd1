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
    default:
        return scalar.properties.canonicalCombiningClass != .notReordered
    }
}

extension Unicode.Scalar {
    /// Whether Unicode's composition (NFC) could change a text holding this scalar (`mayChangeUnderNFC`).
    @inlinable public var mayChangeUnderNFC: Bool { compositionMayChange(self) }
}

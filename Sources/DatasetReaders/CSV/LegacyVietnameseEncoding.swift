internal import ReportModel

/// The pre-Unicode Vietnamese encodings a committee's old files are in, told
/// apart by which high bytes they use, so that a refused file comes with the
/// way to convert it. Never used to decode: a guess must not garble names.
enum LegacyVietnameseEncoding {
    /// Windows-1258 ("Vietnamese (Windows)", what Excel on Windows saved as plain CSV).
    case windows1258
    /// TCVN3 (ABC), the encoding of the .Vn fonts (.VnTime), from Vietnamese
    /// offices before Unicode.
    case tcvn3

    var name: Message {
        switch self {
        case .windows1258: Message("it looks like Windows-1258 (Vietnamese ANSI)")
        case .tcvn3: Message("it looks like TCVN3 (ABC, the .VnTime fonts)")
        }
    }

    var conversion: Message {
        switch self {
        case .windows1258:
            Message("open it in Excel and save as \"CSV UTF-8\", or convert it with iconv -f WINDOWS-1258 -t UTF-8")
        case .tcvn3:

                Message("convert it from TCVN3 to Unicode with Unikey's converter (Công cụ chuyển mã), then save as "
                        + "\"CSV UTF-8\"")
        }
    }

    /// Windows-1258 writes Vietnamese tones as separate combining bytes (0xCC,
    /// 0xD2, 0xDE, 0xEC, 0xF2) after base vowels; TCVN3 puts toned lowercase
    /// letters in 0xA1–0xBF and 0xC6–0xFE, where Windows-1258 has symbols.
    static func guess(_ bytes: [UInt8]) -> LegacyVietnameseEncoding? {
        var high = 0, tones = 0, tcvnLetters = 0
        for byte in bytes where byte >= 0x80 {
            high += 1
            switch byte {
            case 0xCC, 0xD2, 0xDE, 0xEC, 0xF2: tones += 1
            case 0xA1...0xBF: tcvnLetters += 1
            default: break
            }
        }
        guard high >= 3 else { return nil }
        if Double(tcvnLetters) / Double(high) > 0.3 { return .tcvn3 }
        if Double(tones) / Double(high) > 0.15 { return .windows1258 }
        return nil
    }
}

/// Reads `xl/sharedStrings.xml` into the table cells of type `s` index:
/// each `<si>` is its `<t>`, or its rich-text runs' `<t>`s joined; phonetic
/// readings (`<rPh>`) are left out. Strings are kept cleaned (`CellText.clean`, as `CellValue.clean` does it).
final class SharedStringsReader: XMLPartHandler {
    private(set) var strings: [String] = []
    let place: (file: String, line: Int?)
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    init(file: String) { place = (file, nil) }

    func start(_ name: String, attributes: XMLAttributes) throws(XLSXError) {
        switch name {
        case "si": current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    func end(_ name: String) throws(XLSXError) {
        switch name {
        case "si": strings.append(CellValue.clean(XLSXEscapes.decode(current)))
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inText { current += text }
    }
}

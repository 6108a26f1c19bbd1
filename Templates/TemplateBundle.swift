public import Foundation

/// The template folders shipped with baocao, one per language.
public enum TemplateBundle {
    /// The bundled folder for `language` (e.g. `vi`), or nil when none ships.
    public static func directory(language: String) -> URL? {
        Bundle.module.url(forResource: language, withExtension: nil)
    }
}

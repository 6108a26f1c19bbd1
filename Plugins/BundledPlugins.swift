public import Foundation

/// The report plugins shipped with baocao (this folder's plugin folders), as
/// a resource: found from any working directory.
public enum BundledPlugins {
    /// The folder holding the bundled plugin folders.
    public static var directory: URL? {
        Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }
}

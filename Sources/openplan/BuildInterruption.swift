import Dispatch
import Foundation
import OpenplanCore

/// Ctrl-C, SIGTERM or SIGHUP during `openplan build`: the half-built staging folder is removed
/// before the process ends, so a stopped build leaves nothing behind. The published site is
/// never touched (it is only replaced by a rename at the very end). SIGKILL cannot be caught;
/// the next build removes what such a build left.
enum BuildInterruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    nonisolated(unsafe) private static var stopping = false

    /// Called when the build failed because it is being stopped: the signal handler is removing
    /// the staging folder and will end the process with the signal's status, so wait for it
    /// rather than report a write error.
    static func waitIfStopping() {
        guard stopping else { return }
        Thread.sleep(forTimeInterval: 10)
    }

    static func removeStagingOnSignal() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                stopping = true
                StagingFolder.discardAllUnderWay()
                FileHandle.standardError.write(Data("Stopped: nothing was published, and the previous website is unchanged.\n".utf8))
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}

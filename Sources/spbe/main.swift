import Foundation
import SPBECLI

let status = Tool.main(Array(CommandLine.arguments.dropFirst()), context: .process())
exit(status.rawValue)

// The core's types speak in JSON documents, pointers and bilingual messages: whoever imports the core gets them.
@_exported import JSONSchema
@_exported import Localization

-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Bool = madelineFunction({
  _='upload.saveFilePart',
  file_id='5368324170671202286',
  file_part=0,
  bytes='arbitrary data here',
})

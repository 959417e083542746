import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.messages.EditMessageRequest(
                peer="durov",
                id=142,
                message='it\'s "50%" off \\ $HOME ${x} {$y} ?> <?php ]] ]==] */ /* `tick` 😀\nline2\ttab',
            )
        )
        print(result.stringify())


asyncio.run(main())

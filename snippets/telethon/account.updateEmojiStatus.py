import asyncio
import os

from telethon import TelegramClient, functions, types


async def main():
    async with TelegramClient(
        "session", int(os.environ["TG_API_ID"]), os.environ["TG_API_HASH"]
    ) as client:
        result = await client(
            functions.account.UpdateEmojiStatusRequest(
                emoji_status=types.EmojiStatus(
                    document_id=5368324170671202286, until=1735689600
                )
            )
        )
        print(result)


asyncio.run(main())
